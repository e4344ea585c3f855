// SPDX-License-Identifier: GPL-3.0-or-later
#include "elementdescription.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace pasapas
{

namespace
{
QString oneLine(const QJsonValue &value)
{
    return value.toString().simplified();
}
} // namespace

ElementDescription ElementDescription::fromJson(const QJsonObject &o)
{
    ElementDescription d;
    d.role = oneLine(o.value(u"role"_s)).toLower();
    d.name = oneLine(o.value(u"name"_s));
    d.label = oneLine(o.value(u"label"_s));
    d.text = oneLine(o.value(u"text"_s));
    d.tag = oneLine(o.value(u"tag"_s)).toLower();
    d.type = oneLine(o.value(u"type"_s)).toLower();
    d.id = o.value(u"id"_s).toString().trimmed();
    d.nameAttribute = o.value(u"nameAttribute"_s).toString().trimmed();
    d.autocomplete = oneLine(o.value(u"autocomplete"_s)).toLower();
    const QJsonArray classes = o.value(u"classes"_s).toArray();
    for (const QJsonValue &c : classes) {
        if (const QString name = c.toString().trimmed(); !name.isEmpty()) {
            d.classes.append(name);
        }
    }
    const QJsonArray path = o.value(u"path"_s).toArray();
    for (const QJsonValue &p : path) {
        const QJsonObject part = p.toObject();
        d.path.append({oneLine(part.value(u"tag"_s)).toLower(), qMax(1, part.value(u"nth"_s).toInt(1)), part.value(u"id"_s).toString().trimmed()});
    }
    return d;
}

ControlKind controlKind(const ElementDescription &e)
{
    if (e.role == u"checkbox" || e.role == u"switch" || (e.tag == u"input" && e.type == u"checkbox")) {
        return ControlKind::Checkbox;
    }
    if (e.role == u"radio" || (e.tag == u"input" && e.type == u"radio")) {
        return ControlKind::Radio;
    }
    if (e.tag == u"select" || e.role == u"combobox" || e.role == u"listbox") {
        return ControlKind::List;
    }
    static const QStringList notTyped{u"button"_s, u"submit"_s, u"reset"_s, u"image"_s, u"file"_s, u"hidden"_s, u"range"_s, u"color"_s};
    if (e.tag == u"textarea" || e.role == u"textbox" || e.role == u"searchbox" || (e.tag == u"input" && !notTyped.contains(e.type))) {
        return ControlKind::TextField;
    }
    return ControlKind::Action;
}

} // namespace pasapas
