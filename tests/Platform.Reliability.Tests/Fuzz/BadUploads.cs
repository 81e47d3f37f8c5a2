using System.Net.Http.Headers;
using System.Text;

namespace Platform.Reliability.Tests.Fuzz;

/// <summary>Uploads that must be refused: traversal and absurd file names, files too large for the store or for the server, wrong types, empty files.</summary>
internal static class BadUploads
{
    public static IEnumerable<(string Kind, HttpContent Content)> All()
    {
        yield return ("traversal in the file name", File("../../etc/passwd", "application/pdf", Pdf(100)));
        yield return ("backslash traversal in the file name", File(@"..\..\windows\win.ini", "application/pdf", Pdf(100)));
        yield return ("a 1,000-character file name", File(new string('长', 1000) + ".pdf", "application/pdf", Pdf(100)));
        yield return ("a file over the 20 MB upload limit", File("大文件.pdf", "application/pdf", Pdf(21 * 1024 * 1024)));
        yield return ("a body over the 30 MB request limit", File("超大文件.pdf", "application/pdf", Pdf(31 * 1024 * 1024)));
        yield return ("a type that is not allowed", File("脚本.sh", "text/x-sh", Encoding.UTF8.GetBytes("#!/bin/sh\nrm -rf /\n")));
        yield return ("an empty file", File("空文件.pdf", "application/pdf", []));
        yield return ("no file part", new MultipartFormDataContent { { new StringContent("审批"), "note" } });
        yield return ("JSON instead of a form", new StringContent("{\"file\":\"../../etc/passwd\"}", Encoding.UTF8, "application/json"));
    }

    private static byte[] Pdf(int size)
    {
        var bytes = new byte[size];
        "%PDF-1.7 "u8.CopyTo(bytes);
        return bytes;
    }

    private static MultipartFormDataContent File(string name, string type, byte[] bytes)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(type);
        return new MultipartFormDataContent { { file, "file", name } };
    }
}
