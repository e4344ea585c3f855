// SPDX-License-Identifier: GPL-3.0-or-later
// The guide format is written down in four places: the loader's table of
// members, guides/guide.schema.json (what authors' editors check), the
// categories, and the page script's table of roles. They must say the same.
#include "categories.h"
#include "guideloader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pasapas;

namespace
{
QByteArray sourceFile(const QString &relative)
{
    QFile file(QStringLiteral(PASAPAS_SOURCE_DIR) + u'/' + relative);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList strings(const QJsonValue &array)
{
    QStringList result;
    for (const QJsonValue &value : array.toArray()) {
        result.append(value.toString());
    }
    result.sort();
    return result;
}

QStringList sorted(QStringList list)
{
    list.sort();
    list.removeDuplicates();
    return list;
}

/// The members and required members of a schema object, merging the variants of a oneOf
/// (members: any variant's; required: every variant's).
FormatObject schemaObject(const QJsonObject &object)
{
    if (!object.contains(u"oneOf"_s)) {
        return {sorted(object.value(u"properties"_s).toObject().keys()), strings(object.value(u"required"_s))};
    }
    FormatObject merged;
    bool first = true;
    QSet<QString> required;
    for (const QJsonValue &variant : object.value(u"oneOf"_s).toArray()) {
        const FormatObject one = schemaObject(variant.toObject());
        merged.allowed += one.allowed;
        const QSet<QString> these(one.required.cbegin(), one.required.cend());
        required = first ? these : required.intersect(these);
        first = false;
    }
    merged.allowed = sorted(merged.allowed);
    merged.required = sorted(QStringList(required.cbegin(), required.cend()));
    return merged;
}
} // namespace

class GuideFormatTest : public QObject
{
    Q_OBJECT

private:
    QJsonObject m_schema;

    [[nodiscard]] QJsonObject definition(const QString &name) const
    {
        return m_schema.value(u"$defs"_s).toObject().value(name).toObject();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QJsonDocument schema = QJsonDocument::fromJson(sourceFile(u"guides/guide.schema.json"_s));
        QVERIFY(schema.isObject());
        m_schema = schema.object();
    }

    void membersAsInTheSchema_data()
    {
        QTest::addColumn<QString>("object");
        QTest::addColumn<QJsonObject>("schema");
        QTest::newRow("guide") << u"guide"_s << m_schema;
        QTest::newRow("document") << u"document"_s << definition(u"document"_s);
        QTest::newRow("source") << u"source"_s << m_schema.value(u"properties"_s).toObject().value(u"sources"_s).toObject().value(u"items"_s).toObject();
        QTest::newRow("step") << u"step"_s << definition(u"step"_s);
        QTest::newRow("locator") << u"locator"_s << definition(u"locator"_s);
        QTest::newRow("complete") << u"complete"_s << definition(u"complete"_s);
        QTest::newRow("skipIf") << u"skipIf"_s << definition(u"skipIf"_s);
        QTest::newRow("upload") << u"upload"_s << definition(u"upload"_s);
        QCOMPARE(formatObjectNames().size(), 8); // a new object in the format gets a row here
    }

    void membersAsInTheSchema()
    {
        QFETCH(QString, object);
        QFETCH(QJsonObject, schema);
        const FormatObject inSchema = schemaObject(schema);
        const FormatObject inLoader = formatObject(object);
        QVERIFY2(!inSchema.allowed.isEmpty(), "the schema has no such object");
        QCOMPARE(sorted(inLoader.allowed), inSchema.allowed);
        QCOMPARE(sorted(inLoader.required), inSchema.required);
    }

    void categoriesAsInTheSchema()
    {
        QStringList ids;
        for (const Category &category : categories()) {
            ids.append(category.id);
        }
        QCOMPARE(sorted(ids), strings(m_schema.value(u"properties"_s).toObject().value(u"category"_s).toObject().value(u"enum"_s)));
    }

    void rolesAsInTheSchemaAndThePage()
    {
        QStringList inSchema;
        for (const QJsonValue &variant : definition(u"locator"_s).value(u"oneOf"_s).toArray()) {
            const QJsonObject role = variant.toObject().value(u"properties"_s).toObject().value(u"role"_s).toObject();
            if (role.contains(u"enum"_s)) {
                inSchema = strings(role.value(u"enum"_s));
            }
        }
        QCOMPARE(sorted(knownRoles()), inSchema);

        // The page script finds each role with its own table: "button: '…',".
        const QString script = QString::fromUtf8(sourceFile(u"src/web/page/locate.js"_s));
        const qsizetype start = script.indexOf(u"const roleSelectors = {"_s);
        const qsizetype end = script.indexOf(u"};"_s, start);
        QVERIFY(start >= 0 && end > start);
        QStringList inPage;
        static const QRegularExpression entry(u"^\\s*([a-z]+):"_s, QRegularExpression::MultilineOption);
        auto it = entry.globalMatch(script.mid(start, end - start));
        while (it.hasNext()) {
            inPage.append(it.next().captured(1));
        }
        QCOMPARE(sorted(inPage), sorted(knownRoles()));
    }
};

QTEST_GUILESS_MAIN(GuideFormatTest)
#include "tst_guideformat.moc"
