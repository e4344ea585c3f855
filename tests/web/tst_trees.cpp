// SPDX-License-Identifier: GPL-3.0-or-later
// The page's trees (src/web/page/trees.js) are kept between scans, and
// dropped when they may have changed: a frame or a shadow host added, a
// frame's document replaced, a search that finds nothing in them. The page
// scripts run in their own world of a real Qt WebEngine page, as in the app.
#include "pagescripts.h"

#include <QFile>
#include <QWebEngineProfile>

using namespace Qt::StringLiterals;
using namespace pasapas;

namespace
{
QString resource(const QString &name)
{
    QFile file(u":/pasapas/page/"_s + name);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

const QString body = uR"(<!doctype html><html lang="fr"><head><meta charset="utf-8"></head><body>
<button id="a">Premier</button><div id="hote"></div>
<iframe id="cadre" srcdoc="<p>Ancien cadre</p>"></iframe></body></html>)"_s;
} // namespace

class TreesTest : public QObject
{
    Q_OBJECT

private:
    QWebEngineProfile m_profile;
    QWebEnginePage *m_page = nullptr;

    /// Runs in the page scripts' own world.
    QVariant run(const QString &script)
    {
        return test::runJavaScript(m_page, script, QWebEngineScript::ApplicationWorld);
    }
    /// Whether one scan (oneWalk) finds the text with this search: locate
    /// (in the trees as they are kept) or locateFirst (again on a miss).
    bool finds(const QString &search, const QString &text)
    {
        return run(u"F.oneWalk(function () { const r = F.%1([{kind: 'text', value: '%2'}], ''); return !!(r && (r.el || r.tagName)); })"_s.arg(search, text)).toBool();
    }

private Q_SLOTS:
    void init()
    {
        m_page = new QWebEnginePage(&m_profile, this);
        bool loaded = false;
        connect(m_page, &QWebEnginePage::loadFinished, this, [&] {
            loaded = true;
        });
        m_page->setHtml(body, QUrl(u"https://pages.pasapas.test/"_s));
        QTRY_VERIFY_WITH_TIMEOUT(loaded, test::pageStartTimeoutMs);
        const QString scripts = resource(u"names.js"_s) + resource(u"trees.js"_s) + resource(u"locate.js"_s);
        QVERIFY(!scripts.isEmpty());
        run(scripts
            + u"window.F = pasapasMakeLocator(function () {});"
              "new MutationObserver(function (records) { F.noteChanges(records); })"
              ".observe(document.documentElement, {childList: true, subtree: true});"_s);
        QVERIFY(finds(u"locate"_s, u"Premier"_s)); // the trees are found, and kept
        QVERIFY(finds(u"locate"_s, u"Ancien cadre"_s));
    }

    void cleanup()
    {
        delete m_page;
        m_page = nullptr;
    }

    /// A shadow root attached to an element already there leaves no trace in
    /// the page's changes: the kept trees do not have it, and a scan that
    /// finds nothing in them looks at the page again.
    void silentShadowRoot()
    {
        run(u"document.getElementById('hote').attachShadow({mode: 'open'}).innerHTML = '<button>Caché</button>';"_s);
        QVERIFY2(!finds(u"locate"_s, u"Caché"_s), "the trees were not kept: each scan walks the whole page");
        QVERIFY2(finds(u"locateFirst"_s, u"Caché"_s), "a scan that finds nothing in the kept trees must look again");
        QVERIFY(finds(u"locate"_s, u"Caché"_s)); // kept from then on
    }

    /// An element that brings a shadow root comes in: the kept trees are dropped.
    void addedShadowHost()
    {
        run(u"const d = document.createElement('div');"
            "d.attachShadow({mode: 'open'}).innerHTML = '<button>Nouveau</button>';"
            "const w = document.createElement('section'); w.appendChild(d); document.body.appendChild(w);"_s);
        QVERIFY2(finds(u"locate"_s, u"Nouveau"_s), "a shadow host added to the page was not looked at");
    }

    /// A frame added, and a frame whose document another replaced.
    void frames()
    {
        run(u"const f = document.createElement('iframe'); f.id = 'nouveau'; f.srcdoc = '<p>Nouveau cadre</p>'; document.body.appendChild(f);"_s);
        QTRY_VERIFY_WITH_TIMEOUT(run(u"(document.getElementById('nouveau').contentDocument.body || {}).textContent === 'Nouveau cadre'"_s).toBool(), test::pageStartTimeoutMs);
        QVERIFY2(finds(u"locate"_s, u"Nouveau cadre"_s), "a frame added to the page was not looked at");

        run(u"document.getElementById('cadre').srcdoc = '<p>Autre cadre</p>';"_s);
        QTRY_VERIFY_WITH_TIMEOUT(run(u"(document.getElementById('cadre').contentDocument.body || {}).textContent === 'Autre cadre'"_s).toBool(), test::pageStartTimeoutMs);
        QVERIFY2(finds(u"locate"_s, u"Autre cadre"_s), "a frame's new document was not looked at");
        QVERIFY(!finds(u"locateFirst"_s, u"Ancien cadre"_s));
    }
};

int main(int argc, char *argv[])
{
    return pasapas::test::webTestMain<TreesTest>(argc, argv);
}
#include "tst_trees.moc"
