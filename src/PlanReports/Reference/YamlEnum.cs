using System.Text;
using YamlDotNet.RepresentationModel;

namespace PlanReports.Reference;

/// <summary>Enum values are written in kebab case in the YAML ("higher-is-better" for HigherIsBetter).</summary>
internal static class YamlEnum
{
    public static T Parse<T>(string text, string filePath, YamlNode at, string what)
        where T : struct, Enum
    {
        foreach (var value in Enum.GetValues<T>())
        {
            if (string.Equals(Name(value), text, StringComparison.Ordinal))
            {
                return value;
            }
        }

        var allowed = string.Join(", ", Enum.GetValues<T>().Select(Name));
        throw YamlMap.ErrorAt(filePath, at, $"{what} has the unknown value '{text}' (allowed: {allowed})");
    }

    public static string Name<T>(T value)
        where T : struct, Enum
    {
        var pascal = value.ToString();
        var kebab = new StringBuilder(pascal.Length + 8);
        for (var i = 0; i < pascal.Length; i++)
        {
            if (char.IsUpper(pascal[i]) && i > 0)
            {
                kebab.Append('-');
            }

            kebab.Append(char.ToLowerInvariant(pascal[i]));
        }

        return kebab.ToString();
    }
}
