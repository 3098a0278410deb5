#pragma once

#include <QString>

/// Late binding: the `kubeminder` command loads OpenSSL and libssh the first time it calls one of
/// their functions, not when it starts, so `--version` or a check of an empty kubeconfig never
/// pays for the ~25,000 relocations of libcrypto (issue #22). The program links, instead of
/// -lcrypto and -lssh, a stub for each function core calls (generated from latebinding-*.txt by
/// latebinding.cmake); the first call of a stub opens the library, looks the function up once and
/// jumps to it, every later call jumps straight there. The window and the tests link the libraries
/// as usual. Like Qt's own OpenSSL back end, which resolves libssl at run time.
namespace kubeminder::LateBinding {

/// True when the shared library `soname` ("libcrypto.so.3") is in this process already: linked,
/// or opened by a stub. Never loads it.
bool isLoaded(const char *soname);

} // namespace kubeminder::LateBinding

extern "C" {
/// One late-bound library, as the generated stubs lay it out.
struct KubeminderLateBoundLibrary
{
    const char *soname;
    const char *const *names; ///< one per stub, in stub order
    void **table;             ///< where each stub jumps: its resolver until the first call
    unsigned long count;
    void *handle; ///< dlopen's, once opened
};

/// Called by the stub `index` of `library` on its first call: opens the library (once), looks the
/// function up, stores it in the table for every later call and returns it. A library or function
/// that cannot be found ends the program with a message (exit status 127, as a shell's): the
/// package depends on both, so only a broken installation gets there.
void *kubeminder_late_bind(unsigned long index, KubeminderLateBoundLibrary *library);
}
