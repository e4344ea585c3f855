// SPDX-License-Identifier: GPL-3.0-or-later
#include "modes.h"

using namespace Qt::StringLiterals;

namespace pasapas
{

QString modeKey(Mode mode)
{
    switch (mode) {
    case Mode::Accompanied:
        return u"accompanied"_s;
    case Mode::Mediator:
        return u"mediator"_s;
    case Mode::SelfService:
        return u"self-service"_s;
    }
    return {};
}

std::optional<Mode> modeFromKey(const QString &key)
{
    for (const Mode mode : {Mode::Accompanied, Mode::Mediator, Mode::SelfService}) {
        if (key.compare(modeKey(mode), Qt::CaseInsensitive) == 0) {
            return mode;
        }
    }
    return std::nullopt;
}

} // namespace pasapas
