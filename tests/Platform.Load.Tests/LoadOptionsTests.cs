using Platform.Load;

namespace Platform.Load.Tests;

public sealed class LoadOptionsTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5080")]
    [InlineData("http://localhost:8080/")]
    [InlineData("http://[::1]:5080")]
    [InlineData("http://127.0.0.2:5080")]
    public void Should_accept_the_address_when_it_is_loopback(string url) =>
        LoadOptions.Parse(["--url", url]).Url!.ShouldBe(new Uri(url));

    [Theory]
    [InlineData("http://10.0.0.5:5080")]
    [InlineData("https://approval.example.gov.cn")]
    [InlineData("http://192.168.1.20")]
    [InlineData("ftp://127.0.0.1")]
    [InlineData("127.0.0.1:5080")]
    public void Should_refuse_the_address_when_it_is_not_a_loopback_http_address(string url) =>
        Should.Throw<ArgumentException>(() => LoadOptions.Parse(["--url", url]));

    [Fact]
    public void Should_bound_every_phase_when_no_bounds_are_given()
    {
        var options = LoadOptions.Parse([]);

        options.PhaseDuration.ShouldBe(TimeSpan.FromSeconds(30));
        options.MaxRequests.ShouldBe(50_000);
        options.Url.ShouldBeNull();
    }

    [Theory]
    [InlineData("--seconds", "0")]
    [InlineData("--requests", "-5")]
    [InlineData("--concurrency", "many")]
    public void Should_refuse_a_bound_when_it_is_not_a_positive_number(string name, string value) =>
        Should.Throw<ArgumentException>(() => LoadOptions.Parse([name, value]));
}
