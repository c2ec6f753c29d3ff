using System.Runtime.Versioning;

// The pipeline's tests run ./build.sh with bash stub executables: Unix only (Windows CI only builds them).
[assembly: SupportedOSPlatform("linux")]
[assembly: SupportedOSPlatform("macos")]
