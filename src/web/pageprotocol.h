// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The protocol between the app and the page script (page/bridge.js), in one
// place. The app sends a watch (what to look for: PageWatch, as JSON-like
// data); the page sends events, each with a small data object.
//
// Events, page → app (data keys in brackets):
//   ready       the script started [version, status: the document's HTTP status, 0 if unknown]
//   found       the target is on screen [stepId, rect {x, y, width, height} in CSS pixels,
//               place: where the "here" bubble covers no other control: after|before|below|above|inside,
//               locator: the index of the step's locator that found it, 0 for the first]
//   moved       the target moved (scroll, layout) [stepId, rect, place]
//   lost        the target is gone [stepId]
//   covered     the target cannot be tapped yet: a consent banner or a pop-in
//               covers it, or it is in a closed section; the page highlights
//               the way out (rect) [stepId, kind: cookies|dialog|closed, rect, place]
//   tapped      the target was tapped [stepId]
//   filled      the target field changed: filled or not, never its value [stepId, filled, committed]
//   chosen      an option of a "choose" step's group was picked (never which) [stepId]
//   appeared    the element of an "appears" step is there [stepId]
//   skipPresent an element that skips the step is there [stepId]
//   blocked     a tap outside the target was stopped [stepId]
//   leaving     a link to an address outside the web was neutralised [url]
//   recorded    record mode (guide studio, page/record.js): an element was tapped and
//               selected, the page did not react [element: its description, never a
//               value (ElementDescription), rect, url]
//
// Watch keys, app → page: stepId, target and appears and skipPresent (lists
// of {kind, value, name}), frame, completion (a guide file's completion
// name), insist, sensitive, next (a watch, or absent). Record mode, app → page:
// recordingChanged(on), tapLetThrough(); the page asks recording() when it starts.
//
// Raise kPageProtocolVersion with any change to the above, in bridge.js too.

#include "pagewatch.h"
#include "sessionengine.h"

#include <QStringList>
#include <QVariantMap>

namespace pasapas
{

/// The version bridge.js sends in "ready" (its PROTOCOL constant).
constexpr int kPageProtocolVersion = 4;

/// The events the page script may send, as named above.
[[nodiscard]] const QStringList &pageEventNames();

/// The obstacle a "covered" event names (kind); NoObstacle for an unknown kind.
[[nodiscard]] SessionEngine::Obstacle obstacleFromName(const QString &kind);

/// The watch as the page script reads it; an empty map for an empty watch.
[[nodiscard]] QVariantMap watchToVariant(const PageWatch &watch);

} // namespace pasapas
