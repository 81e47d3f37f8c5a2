using Platform.Catalogue.Contracts;

namespace Platform.Catalogue.Components.Admin;

/// <summary>One delivery route offered as a checkbox; the posted list keeps every route, ticked or not.</summary>
internal sealed class DeliveryChoice
{
    public DeliveryMethod Method { get; set; }
    public bool Chosen { get; set; }
}
