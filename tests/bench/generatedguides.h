// SPDX-License-Identifier: GPL-3.0-or-later
// The 1,000 guides of bench_guides, generated from a fixed seed: French
// administrative steps in fr/en/ar/uk, 15 steps each, as real guides are written.
#pragma once

#include <QString>

namespace pasapas::bench
{

constexpr int guideCount = 1000;
constexpr int stepsPerGuide = 15;

/// Writes the guides as DIR/<id>/guide.json; returns the bytes written (-1 when a file cannot be written).
qint64 writeGuides(const QString &dir);

} // namespace pasapas::bench
