namespace Platform.Cases.Contracts;

/// <summary>How a result reaches the applicant: 窗口领取, 快递送达, 网端推送, 代办.</summary>
public enum DeliveryMethod
{
    Window,
    Courier,
    OnlinePush,
    Agent,
}
