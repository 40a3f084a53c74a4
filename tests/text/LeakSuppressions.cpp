// fontconfig 2.14 leaks a few bytes while it parses its configuration, once per process.
// LeakSanitizer (the asan preset) would otherwise fail this whole program on that.
extern "C" const char* __lsan_default_suppressions();
extern "C" const char* __lsan_default_suppressions()
{
    return "leak:libfontconfig.so\n";
}
