// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnostic.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pasapas
{

QString Diagnostic::toString() const
{
    QString where = file;
    if (line > 0) {
        where += u':' + QString::number(line) + u':' + QString::number(column);
    }
    const QString kind = severity == Severity::Error ? u"error"_s : u"warning"_s;
    QString result = where + u": "_s + kind + u": "_s + message;
    if (!pointer.isEmpty()) {
        result += u" ["_s + pointer + u']';
    }
    return result;
}

bool hasErrors(const Diagnostics &diagnostics)
{
    return std::any_of(diagnostics.cbegin(), diagnostics.cend(), [](const Diagnostic &d) {
        return d.isError();
    });
}

} // namespace pasapas
