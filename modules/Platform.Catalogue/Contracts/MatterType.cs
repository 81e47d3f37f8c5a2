namespace Platform.Catalogue.Contracts;

/// <summary>The kind of power or service a matter is (national task_type).</summary>
public enum MatterType
{
    AdministrativeLicence,
    AdministrativeConfirmation,
    AdministrativePayment,
    AdministrativeAward,
    AdministrativeRuling,
    OtherAdministrativePower,
    PublicService,
}
