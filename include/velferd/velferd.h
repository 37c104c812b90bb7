/** @file velferd/velferd.h
 *  @brief The whole public API of velferd: include this one header. */
#ifndef VELFERD_H
#define VELFERD_H

#include "velferd/common.h"
#include "velferd/money.h"
#include "velferd/date.h"
#include "velferd/context.h"
#include "velferd/client.h"
#include "velferd/register.h"
#include "velferd/classify.h"
#include "velferd/rules.h"
#include "velferd/coverage.h"
#include "velferd/batch.h"
#include "velferd/client_io.h"
#include "velferd/labels.h"
#include "velferd/indicators.h"
#include "velferd/network.h"
#include "velferd/trend.h"
#include "velferd/synth.h"
#include "velferd/kostra.h"
#include "velferd/scenario.h"
#include "velferd/cases.h"

#endif
