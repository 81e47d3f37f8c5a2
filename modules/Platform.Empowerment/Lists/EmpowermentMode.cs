namespace Platform.Empowerment.Lists;

/// <summary>How a power reaches the park: 直接赋权, 委托, or through a one-thing bundle (套餐).</summary>
internal enum EmpowermentMode
{
    Direct,
    Entrusted,
    Bundle,
}
