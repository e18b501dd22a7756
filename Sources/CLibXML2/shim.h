// Debian's libxml2 pulls in the system ICU headers, which clash with Foundation's own ICU:
// read the version header first and switch the ICU part off before anything else.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlerror.h>
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <libxml/uri.h>

/// `xmlFree` is a C global variable, which Swift 6 refuses to touch: call it through here.
static inline void cardpress_xmlFree(void *pointer) { xmlFree(pointer); }
