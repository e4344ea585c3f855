// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace pasapas
{

struct CommandLine;

/// What a pack command printed, and its exit code.
struct CommandOutput
{
    int exitCode = 0;
    QString out;
    QString err;
};

/// pasapas --make-key NAME: NAME.pub and NAME.key (unencrypted minisign secret key).
[[nodiscard]] CommandOutput runMakeKey(const QString &name);
/// pasapas --pack-guides DIR --key KEY --out FILE [--pack-version N]: FILE and FILE.minisig.
[[nodiscard]] CommandOutput runPackGuides(const CommandLine &commandLine);

} // namespace pasapas
