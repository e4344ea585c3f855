// SPDX-License-Identifier: GPL-3.0-or-later
// A step's « upload » object: what the site accepts when it asks for a file.
#include "guideparser_p.h"
#include "textchecks.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace pasapas
{

StepUpload GuideParser::readUpload(const QJsonValue &value, const QString &pointer)
{
    StepUpload upload;
    if (!expect(value, QJsonValue::Object, pointer, u"un objet comme { \"accept\": [\"pdf\"], \"maxSize\": 2, \"name\": \"rib\" }"_s)) {
        return upload;
    }
    upload.present = true;
    const QJsonObject object = value.toObject();
    checkKeys(object, pointer, formatObject(u"upload"_s).allowed, formatObject(u"upload"_s).required);
    if (object.contains(u"accept"_s)) {
        static const QStringList types{u"pdf"_s, u"jpg"_s, u"png"_s};
        const QString child = pointer + u"/accept"_s;
        if (expect(object.value(u"accept"_s), QJsonValue::Array, child, u"une liste comme [\"pdf\", \"jpg\"]"_s)) {
            const QJsonArray array = object.value(u"accept"_s).toArray();
            if (array.isEmpty()) {
                error(child, u"« accept » est une liste vide : donnez au moins un type (pdf, jpg ou png)"_s);
            }
            for (qsizetype i = 0; i < array.size(); ++i) {
                const auto type = readString(array.at(i), child + u'/' + QString::number(i));
                if (!type) {
                    continue;
                }
                if (!types.contains(*type)) {
                    QString message = u"type de fichier « %1 » inconnu : pdf, jpg ou png"_s.arg(*type);
                    const QString suggestion = didYouMean(*type, types);
                    if (!suggestion.isEmpty()) {
                        message += u" ; vouliez-vous dire « %1 » ?"_s.arg(suggestion);
                    }
                    error(child + u'/' + QString::number(i), message);
                } else if (upload.accept.contains(*type)) {
                    warning(child + u'/' + QString::number(i), u"type « %1 » écrit deux fois"_s.arg(*type));
                } else {
                    upload.accept.append(*type);
                }
            }
        }
    }
    if (object.contains(u"maxSize"_s)) {
        if (const auto megabytes = readNumber(object.value(u"maxSize"_s), pointer + u"/maxSize"_s, 0.1, 50, false)) {
            upload.maxBytes = qint64(*megabytes * 1024 * 1024);
        }
    }
    if (object.contains(u"name"_s)) {
        static const QRegularExpression shape(u"^[a-z0-9]+(-[a-z0-9]+)*$"_s);
        if (const auto name = readString(object.value(u"name"_s), pointer + u"/name"_s)) {
            if (shape.match(*name).hasMatch() && name->size() <= 40) {
                upload.name = *name;
            } else {
                error(pointer + u"/name"_s, u"nom de fichier « %1 » invalide : minuscules, chiffres et tirets, sans extension, comme « piece-identite »"_s.arg(*name));
            }
        }
    }
    return upload;
}

} // namespace pasapas
