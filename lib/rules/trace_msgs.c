/* The message ids of traces by enum value (rules/trace_msgs.h). */
#include "rules/trace_msgs.h"

#define VFI_M_ID_(e, id) id,
const char *const vfi_trace_msg_ids[VFI_M_COUNT] = {VFI_TRACE_MSGS(VFI_M_ID_)};
#undef VFI_M_ID_
