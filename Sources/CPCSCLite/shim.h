#include <winscard.h>
#include <reader.h>

/* Swift cannot import function-like or cast macros, nor take the address of the
 * protocol control blocks the SCARD_PCI_* macros name: each gets a small wrapper. */

static inline DWORD cpcsc_ctl_code(DWORD code) {
    return SCARD_CTL_CODE(code);
}

static inline DWORD cpcsc_get_feature_request(void) {
    return CM_IOCTL_GET_FEATURE_REQUEST;
}

static inline DWORD cpcsc_autoallocate(void) {
    return SCARD_AUTOALLOCATE;
}

static inline DWORD cpcsc_infinite(void) {
    return INFINITE;
}

static inline const SCARD_IO_REQUEST *cpcsc_pci_t0(void) {
    return SCARD_PCI_T0;
}

static inline const SCARD_IO_REQUEST *cpcsc_pci_t1(void) {
    return SCARD_PCI_T1;
}

static inline const SCARD_IO_REQUEST *cpcsc_pci_raw(void) {
    return SCARD_PCI_RAW;
}

static inline DWORD cpcsc_attr_value(DWORD attrClass, DWORD tag) {
    return SCARD_ATTR_VALUE(attrClass, tag);
}

static inline DWORD cpcsc_max_buffer_extended(void) {
    return MAX_BUFFER_SIZE_EXTENDED;
}
