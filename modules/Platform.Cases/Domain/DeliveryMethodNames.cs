using Platform.Catalogue.Contracts;
using Platform.Cases.Contracts;

namespace Platform.Cases.Domain;

internal static class DeliveryMethodNames
{
    public static string Chinese(DeliveryMethod method) => method switch
    {
        DeliveryMethod.Window => "窗口领取",
        DeliveryMethod.Courier => "快递送达",
        DeliveryMethod.OnlinePush => "网端推送",
        DeliveryMethod.Agent => "代办送达",
        _ => method.ToString(),
    };
}
