namespace Platform.Catalogue.Contracts;

/// <summary>How a result reaches the applicant: 窗口领取, 快递送达, 网端推送, 代办送达.</summary>
public enum DeliveryMethod
{
    Window,
    Courier,
    OnlinePush,
    Agent,
}
