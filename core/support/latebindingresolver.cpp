#include "latebinding.h"

#include <QCoreApplication>

#include <cstdio>
#include <dlfcn.h>
#include <mutex>
#include <unistd.h>

// The half of late binding that only programs with stubs link (kubeminder_late_bound).
namespace {

[[noreturn]] void cannotLoad(const char *what, const char *soname)
{
    const char *reason = ::dlerror();
    // No secret is anywhere near: only a library's and a function's names.
    const QString message =
        QCoreApplication::translate("LateBinding", "kubeminder: cannot load %1 from %2 (%3). Reinstalling "
                                                   "Kubeminder brings back what it needs.")
            .arg(QString::fromLocal8Bit(what), QString::fromLocal8Bit(soname),
                 QString::fromLocal8Bit(reason != nullptr ? reason : "not found"));
    std::fprintf(stderr, "%s\n", message.toLocal8Bit().constData());
    std::fflush(stderr);
    ::_exit(127);
}

} // namespace

void *kubeminder_late_bind(unsigned long index, KubeminderLateBoundLibrary *library)
{
    static std::mutex opening;
    void *handle = nullptr;
    {
        const std::lock_guard lock(opening);
        if (library->handle == nullptr)
            library->handle = ::dlopen(library->soname, RTLD_NOW | RTLD_LOCAL);
        handle = library->handle;
    }
    if (handle == nullptr)
        cannotLoad(library->soname, library->soname);
    void *address = ::dlsym(handle, library->names[index]);
    if (address == nullptr)
        cannotLoad(library->names[index], library->soname);
    // Another thread may run the same stub now: it reads either the resolver or this address.
    __atomic_store_n(&library->table[index], address, __ATOMIC_RELEASE);
    return address;
}
