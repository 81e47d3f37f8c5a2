namespace Platform.Empowerment.Seeding;

/// <summary>The park's area as a plugin ships it: enterprises registered in the park and the land parcels inside its boundary.</summary>
internal sealed class ParkAreaSeed
{
    public List<AreaItemSeed> Enterprises { get; set; } = [];
    public List<AreaItemSeed> Parcels { get; set; } = [];
}

/// <summary>One enterprise (by unified social credit code) or parcel (by 宗地代码) of the park's area.</summary>
internal sealed class AreaItemSeed
{
    public string CreditCode { get; set; } = "";
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
}
