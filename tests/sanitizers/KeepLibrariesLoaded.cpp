// Preloaded in the sanitizer preset's tests only (CMakePresets.json): dlclose leaves every library
// loaded. Mesa's GL driver (swrast_dri.so) is opened and closed by libGLX; LeakSanitizer, which
// looks at the heap only at exit, then names the driver's last allocations by the address of a
// module no longer there, so that no suppression could match them. Kept loaded, they carry the
// driver's name, and tests/sanitizers/lsan.supp says why they are left alone.

extern "C" int dlclose(void* /*handle*/)
{
    return 0;
}
