/*
 * A small pcsc-lite reader driver (IFD handler) for the probe's tests.
 *
 * It covers what the vpcd virtual reader cannot: PC/SC part 10 features, TLV properties,
 * a PIN pad result, three slots, and a reader that becomes unavailable. A test drives it
 * through files in the folder given as DEVICENAME in reader.conf:
 *
 *   card-N         a card is in slot N; its content, if any, is the ATR in hex
 *   unplugged-N    slot N answers as a device that went away
 *   nofeatures-N   slot N answers no SCardControl request
 *   hang-N         APDUs to slot N get no answer while the file exists (max 60 s)
 *   pin-result     the two status bytes the PIN pad returns (hex, default 9000)
 */
#include <ifdhandler.h>
#include <reader.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#define SLOTS 3

static char folder[512] = "/tmp/cardpress-pcsc/fake";

/* The 24-byte feature list a Gemalto PIN pad reader answers (seed material). */
static const UCHAR features[] = {
    0x06, 0x04, 0x42, 0x33, 0x00, 0x06, 0x07, 0x04, 0x42, 0x33, 0x00, 0x07,
    0x0A, 0x04, 0x42, 0x33, 0x00, 0x0A, 0x12, 0x04, 0x42, 0x33, 0x00, 0x12,
};

static const UCHAR tlv_properties[] = {
    0x01, 0x02, 0x00, 0x00,             /* wLcdLayout: no display */
    0x02, 0x01, 0x02,                   /* bEntryValidationCondition: OK key */
    0x03, 0x01, 0x00,                   /* bTimeOut2 */
    0x06, 0x01, 0x04,                   /* bMinPINSize */
    0x07, 0x01, 0x08,                   /* bMaxPINSize */
    0x08, 0x0C, 'C', 'a', 'r', 'd', 'P', 'r', 'e', 's', 's', ' ', '1', '.',
    0x0A, 0x04, 0x05, 0x01, 0x00, 0x00, /* dwMaxAPDUDataSize: 261 */
    0x0B, 0x02, 0xE6, 0x08,             /* wIdVendor: 0x08E6 */
    0x0C, 0x02, 0x37, 0x34,             /* wIdProduct: 0x3437 */
};

static const UCHAR pin_properties[] = {0x00, 0x00, 0x02, 0x00};

static const UCHAR default_atr[] = {
    0x3B, 0x88, 0x80, 0x01, 0x00, 0x00, 0x00, 0x00, 0x33, 0x71, 0x71, 0x00, 0x3A,
};

static int path_for(char *out, size_t size, const char *name, DWORD lun) {
    return snprintf(out, size, "%s/%s-%lu", folder, name, (unsigned long)(lun & 0xFFFF));
}

static int slot_file_exists(const char *name, DWORD lun) {
    char path[640];
    path_for(path, sizeof path, name, lun);
    return access(path, F_OK) == 0;
}

static int hex_value(int c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* Reads hex bytes from a file; returns the count, 0 when absent or empty. */
static DWORD read_hex(const char *path, UCHAR *out, DWORD size) {
    FILE *file = fopen(path, "r");
    if (file == NULL) return 0;
    DWORD count = 0;
    int high = -1;
    int c;
    while ((c = fgetc(file)) != EOF && count < size) {
        int nibble = hex_value(c);
        if (nibble < 0) continue;
        if (high < 0) {
            high = nibble;
        } else {
            out[count++] = (UCHAR)(high << 4 | nibble);
            high = -1;
        }
    }
    fclose(file);
    return count;
}

static DWORD card_atr(DWORD lun, UCHAR *out) {
    char path[640];
    path_for(path, sizeof path, "card", lun);
    DWORD length = read_hex(path, out, MAX_ATR_SIZE);
    if (length == 0) {
        memcpy(out, default_atr, sizeof default_atr);
        length = sizeof default_atr;
    }
    return length;
}

RESPONSECODE IFDHCreateChannelByName(DWORD Lun, LPSTR DeviceName) {
    (void)Lun;
    if (DeviceName != NULL && DeviceName[0] == '/') {
        snprintf(folder, sizeof folder, "%s", DeviceName);
    }
    return IFD_SUCCESS;
}

RESPONSECODE IFDHCreateChannel(DWORD Lun, DWORD Channel) {
    (void)Lun;
    (void)Channel;
    return IFD_SUCCESS;
}

RESPONSECODE IFDHCloseChannel(DWORD Lun) {
    (void)Lun;
    return IFD_SUCCESS;
}

static RESPONSECODE give(const void *value, DWORD size, PDWORD Length, PUCHAR Value) {
    if (*Length < size) return IFD_ERROR_INSUFFICIENT_BUFFER;
    memcpy(Value, value, size);
    *Length = size;
    return IFD_SUCCESS;
}

RESPONSECODE IFDHGetCapabilities(DWORD Lun, DWORD Tag, PDWORD Length, PUCHAR Value) {
    UCHAR byte;
    UCHAR atr[MAX_ATR_SIZE];
    static const char vendor[] = "CardPress";
    static const char type[] = "Fake IFD";
    static const UCHAR version[] = {0x00, 0x00, 0x02, 0x01}; /* 1.2.0.0, little-endian */
    switch (Tag) {
    case TAG_IFD_SLOTS_NUMBER:
        byte = SLOTS;
        return give(&byte, 1, Length, Value);
    case TAG_IFD_SIMULTANEOUS_ACCESS:
        byte = 1;
        return give(&byte, 1, Length, Value);
    case TAG_IFD_THREAD_SAFE:
    case TAG_IFD_SLOT_THREAD_SAFE:
        byte = 0;
        return give(&byte, 1, Length, Value);
    case TAG_IFD_ATR:
    case SCARD_ATTR_ATR_STRING:
        return give(atr, card_atr(Lun, atr), Length, Value);
    case SCARD_ATTR_VENDOR_NAME:
        return give(vendor, sizeof vendor, Length, Value);
    case SCARD_ATTR_VENDOR_IFD_TYPE:
        return give(type, sizeof type, Length, Value);
    case SCARD_ATTR_VENDOR_IFD_VERSION:
        return give(version, sizeof version, Length, Value);
    default:
        return IFD_ERROR_TAG;
    }
}

RESPONSECODE IFDHSetCapabilities(DWORD Lun, DWORD Tag, DWORD Length, PUCHAR Value) {
    (void)Lun;
    (void)Tag;
    (void)Length;
    (void)Value;
    return IFD_NOT_SUPPORTED;
}

RESPONSECODE IFDHSetProtocolParameters(DWORD Lun, DWORD Protocol, UCHAR Flags, UCHAR PTS1,
                                       UCHAR PTS2, UCHAR PTS3) {
    (void)Lun;
    (void)Flags;
    (void)PTS1;
    (void)PTS2;
    (void)PTS3;
    return Protocol == SCARD_PROTOCOL_T1 || Protocol == SCARD_PROTOCOL_T0
               ? IFD_SUCCESS
               : IFD_PROTOCOL_NOT_SUPPORTED;
}

RESPONSECODE IFDHICCPresence(DWORD Lun) {
    if (slot_file_exists("unplugged", Lun)) return IFD_NO_SUCH_DEVICE;
    return slot_file_exists("card", Lun) ? IFD_ICC_PRESENT : IFD_ICC_NOT_PRESENT;
}

RESPONSECODE IFDHPowerICC(DWORD Lun, DWORD Action, PUCHAR Atr, PDWORD AtrLength) {
    if (slot_file_exists("unplugged", Lun)) return IFD_NO_SUCH_DEVICE;
    if (Action == IFD_POWER_DOWN) {
        *AtrLength = 0;
        return IFD_SUCCESS;
    }
    if (!slot_file_exists("card", Lun)) return IFD_ERROR_POWER_ACTION;
    *AtrLength = card_atr(Lun, Atr);
    return IFD_SUCCESS;
}

RESPONSECODE IFDHTransmitToICC(DWORD Lun, SCARD_IO_HEADER SendPci, PUCHAR TxBuffer,
                               DWORD TxLength, PUCHAR RxBuffer, PDWORD RxLength,
                               PSCARD_IO_HEADER RecvPci) {
    (void)SendPci;
    (void)TxBuffer;
    (void)RecvPci;
    if (slot_file_exists("unplugged", Lun)) return IFD_NO_SUCH_DEVICE;
    if (!slot_file_exists("card", Lun)) return IFD_ICC_NOT_PRESENT;
    for (int waited = 0; slot_file_exists("hang", Lun) && waited < 600; waited++) {
        usleep(100000);
    }
    if (TxLength < 4 || *RxLength < 2) return IFD_COMMUNICATION_ERROR;
    RxBuffer[0] = 0x90;
    RxBuffer[1] = 0x00;
    *RxLength = 2;
    return IFD_SUCCESS;
}

RESPONSECODE IFDHControl(DWORD Lun, DWORD dwControlCode, PUCHAR TxBuffer, DWORD TxLength,
                         PUCHAR RxBuffer, DWORD RxLength, LPDWORD pdwBytesReturned) {
    (void)TxBuffer;
    (void)TxLength;
    DWORD length = RxLength;
    RESPONSECODE rv;
    *pdwBytesReturned = 0;
    if (slot_file_exists("unplugged", Lun)) return IFD_NO_SUCH_DEVICE;
    if (slot_file_exists("nofeatures", Lun)) return IFD_ERROR_NOT_SUPPORTED;
    if (dwControlCode == CM_IOCTL_GET_FEATURE_REQUEST) {
        rv = give(features, sizeof features, &length, RxBuffer);
    } else if (dwControlCode == SCARD_CTL_CODE(0x330000 + FEATURE_GET_TLV_PROPERTIES)) {
        rv = give(tlv_properties, sizeof tlv_properties, &length, RxBuffer);
    } else if (dwControlCode == SCARD_CTL_CODE(0x330000 + FEATURE_IFD_PIN_PROPERTIES)) {
        rv = give(pin_properties, sizeof pin_properties, &length, RxBuffer);
    } else if (dwControlCode == SCARD_CTL_CODE(0x330000 + FEATURE_VERIFY_PIN_DIRECT)) {
        char path[640];
        UCHAR word[2] = {0x90, 0x00};
        snprintf(path, sizeof path, "%s/pin-result", folder);
        read_hex(path, word, sizeof word);
        rv = give(word, sizeof word, &length, RxBuffer);
    } else {
        return IFD_ERROR_NOT_SUPPORTED;
    }
    if (rv == IFD_SUCCESS) *pdwBytesReturned = length;
    return rv;
}
