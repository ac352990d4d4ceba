/* Test-only stand-in for Windows' bcryptprimitives.dll, for running jawnik.exe
 * and its tests under Wine 8 (Debian 12), which lacks this DLL.
 *
 * Rust's standard library (>= 1.78) imports ProcessPrng from it to get random
 * bytes (HashMap seeds); without the DLL the exe exits with status 53 before
 * main. This file forwards ProcessPrng to RtlGenRandom (advapi32's
 * SystemFunction036), which Wine has. It is built by .ci/wine/setup into the
 * Wine prefix only: it is never shipped, and real Windows 10+ has the DLL. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    /* RtlGenRandom takes a ULONG length: fill large buffers in chunks. */
    while (length > 0) {
        ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}

BOOL WINAPI DllMain(HINSTANCE instance, DWORD reason, LPVOID reserved)
{
    (void)instance;
    (void)reason;
    (void)reserved;
    return TRUE;
}
