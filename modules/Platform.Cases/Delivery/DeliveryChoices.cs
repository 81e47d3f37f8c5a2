using Platform.Catalogue.Contracts;
using Platform.Cases.Api;
using Platform.Cases.Contracts;
using Platform.Cases.Domain;
using Platform.Cases.Workflow;
using Platform.Kernel.Errors;

namespace Platform.Cases.Delivery;

/// <summary>Checks an applicant's delivery choice against what the matter offers: a method it offers, and for a courier a full address.</summary>
internal static class DeliveryChoices
{
    public static DeliveryChoice? From(DeliveryChoiceInput? input, FieldErrors errors, string field)
    {
        if (input is null) return null;
        if (string.IsNullOrWhiteSpace(input.Method) || !Enum.TryParse<DeliveryMethod>(input.Method, ignoreCase: true, out var method)
            || int.TryParse(input.Method, out _))
        {
            errors.Add($"{field}.method", "送达方式须为 Window（窗口领取）、Courier（快递送达）、OnlinePush（网端推送）或 Agent（代办送达）。");
            return null;
        }

        var address = Clean(input.Address);
        var recipient = Clean(input.Recipient);
        var phone = Clean(input.Phone);
        if (method != DeliveryMethod.Courier) return new DeliveryChoice(method, null, null, null);
        if (address is null || address.Length < 6 || address.Length > 200) errors.Add($"{field}.address", "快递送达须填写详细收件地址（6–200 字）。");
        if (recipient is null || recipient.Length > 50) errors.Add($"{field}.recipient", "快递送达须填写收件人。");
        if (phone is null || phone.Length is < 7 or > 20 || !phone.All(c => char.IsAsciiDigit(c) || c == '-'))
            errors.Add($"{field}.phone", "快递送达须填写收件人联系电话。");
        return new DeliveryChoice(method, address, recipient, phone);
    }

    /// <summary>Refuses a method the matter does not offer.</summary>
    public static void RequireOffered(DeliveryChoice choice, IReadOnlyList<DeliveryMethod> offered, string field)
    {
        if (!offered.Contains(choice.Method))
            throw PlatformProblem.Invalid("case.delivery.method_not_offered", $"{field}.method",
                $"该事项的送达方式为：{string.Join("、", offered.Select(DeliveryMethodNames.Chinese))}。");
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
