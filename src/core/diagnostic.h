// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace pasapas
{

/// A problem found in a file a person wrote (a guide), with its place.
struct Diagnostic
{
    enum class Severity {
        Error,
        Warning,
    };

    QString file;
    int line = 0; ///< 1-based; 0 when unknown
    int column = 0; ///< 1-based, in characters
    QString pointer; ///< JSON pointer, e.g. /steps/3/target/0/css
    Severity severity = Severity::Error;
    QString message; ///< plain French, for guide authors

    [[nodiscard]] bool isError() const
    {
        return severity == Severity::Error;
    }
    /// Compiler style: "file:line:col: error: message [pointer]".
    [[nodiscard]] QString toString() const;
};

using Diagnostics = QList<Diagnostic>;

[[nodiscard]] bool hasErrors(const Diagnostics &diagnostics);

} // namespace pasapas
