// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"
#include "guide.h"

#include <QByteArray>
#include <QDataStream>

namespace pasapas
{

// The guides as the catalog cache writes and reads them, field by field. A
// guide's steps go without their texts, which stepTexts() writes apart.
QDataStream &operator<<(QDataStream &out, const Guide &g);
QDataStream &operator>>(QDataStream &in, Guide &g);
QDataStream &operator<<(QDataStream &out, const Diagnostic &d);
QDataStream &operator>>(QDataStream &in, Diagnostic &d);

/// The cache's stream settings: Qt 6.0 format, little endian.
void prepareCacheStream(QDataStream &stream);

/// A guide's texts block: its id, its step count, then each step's id, instruction and mediator note.
[[nodiscard]] QByteArray stepTexts(const Guide &guide);
/// Reads a texts block into steps, all or nothing: it must be this guide's, with these steps.
[[nodiscard]] bool readStepTexts(const QByteArray &bytes, const Guide &guide, QList<Step> &steps);

} // namespace pasapas
