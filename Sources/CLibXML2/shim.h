#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED   /* Debian's headers pull in ICU, which clashes with Foundation's private copy */
#include <libxml/xmlwriter.h>
#include <libxml/xmlsave.h>
#include <libxml/tree.h>
#include <libxml/parser.h>
static inline void clibxml2_free(void *p) { xmlFree(p); }
