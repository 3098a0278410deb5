#include "latebinding.h"

#include <dlfcn.h>

namespace kubeminder::LateBinding {

bool isLoaded(const char *soname)
{
    void *handle = ::dlopen(soname, RTLD_LAZY | RTLD_NOLOAD);
    if (handle == nullptr)
        return false;
    ::dlclose(handle);
    return true;
}

} // namespace kubeminder::LateBinding
