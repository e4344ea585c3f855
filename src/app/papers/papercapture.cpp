// SPDX-License-Identifier: GPL-3.0-or-later
#include "papercapture.h"
#include "camerasource.h"
#include "logging.h"
#include "papernames.h"
#include "sessiondocuments.h"

#include <QFile>
#include <QHash>
#include <QSaveFile>
#include <QtConcurrentRun>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pasapas
{

namespace
{
/// The longer side of the pictures shown on screen (the file uses the full photo).
constexpr int previewSide = 1280;
constexpr int thumbnailSide = 480;

/// The size of the photo once turned, without turning it.
QSize turnedSize(const PaperPage &page)
{
    return page.turns % 2 ? page.photo.size().transposed() : page.photo.size();
}

PaperCapture::SourceFactory &sourceFactory()
{
    static PaperCapture::SourceFactory factory;
    return factory;
}
} // namespace

void PaperCapture::setSourceFactory(SourceFactory factory)
{
    sourceFactory() = std::move(factory);
}

PaperCapture::PaperCapture(SessionDocuments *documents, QObject *parent)
    : QObject(parent)
    , m_documents(documents)
    , m_source(sourceFactory() ? sourceFactory()() : std::make_unique<CameraSource>())
{
    connect(m_source.get(), &FrameSource::captured, this, &PaperCapture::captured);
    connect(&m_edges, &QFutureWatcher<PageEdges>::finished, this, &PaperCapture::applyEdges);
    connect(&m_making, &QFutureWatcher<PaperFile>::finished, this, &PaperCapture::finishFile);
}

PaperCapture::~PaperCapture()
{
    m_edges.waitForFinished();
    m_making.waitForFinished();
}

void PaperCapture::applyEdges()
{
    // Once only, and never over a corner the person moved.
    if (!m_edgesPending || !m_review || m_edges.isCanceled()) {
        return;
    }
    m_edgesPending = false;
    const PageEdges edges = m_edges.result();
    m_review->corners = edges.corners;
    m_review->cropped = edges.found;
    m_edgesFound = edges.found;
    ++m_revision;
    Q_EMIT changed();
}

void PaperCapture::waitForEdges()
{
    m_edges.waitForFinished();
    applyEdges();
}

QVariantList PaperCapture::corners() const
{
    QVariantList list;
    if (!m_review || m_reviewPreview.isNull()) {
        return list;
    }
    const QSizeF size = turnedSize(*m_review);
    for (const QPointF &p : m_review->corners.points) {
        list.append(QPointF(p.x() / size.width(), p.y() / size.height()));
    }
    return list;
}

qreal PaperCapture::photoRatio() const
{
    return m_reviewPreview.isNull() ? 0.75 : qreal(m_reviewPreview.width()) / m_reviewPreview.height();
}

QString PaperCapture::suggestedName() const
{
    return m_upload.name;
}

void PaperCapture::setUpload(const StepUpload &upload)
{
    if (upload.accept == m_upload.accept && upload.maxBytes == m_upload.maxBytes && upload.name == m_upload.name) {
        return;
    }
    m_upload = upload;
    Q_EMIT changed();
}

QImage PaperCapture::image(const QString &id) const
{
    if (id == u"review") {
        return m_reviewPreview;
    }
    if (id.startsWith(u"page/")) {
        bool ok = false;
        const int index = id.mid(5).toInt(&ok);
        if (ok && index >= 0 && index < m_thumbnails.size()) {
            return m_thumbnails.at(index);
        }
    }
    return {};
}

QVariantList PaperCapture::kinds() const
{
    // French sources: QML translates them (qsTranslate), so that they follow a
    // change of language like every other word on screen.
    const QHash<QString, const char *> labels{
        //: A kind of paper to photograph: the file gets its name (piece-identite.pdf)
        {u"piece-identite"_s, QT_TRANSLATE_NOOP("pasapas::PaperCapture", "Pièce d'identité")},
        //: A kind of paper to photograph: residence permit
        {u"titre-sejour"_s, QT_TRANSLATE_NOOP("pasapas::PaperCapture", "Titre de séjour")},
        //: A kind of paper to photograph: bank details (relevé d'identité bancaire)
        {u"rib"_s, QT_TRANSLATE_NOOP("pasapas::PaperCapture", "RIB")},
        //: A kind of paper to photograph: an electricity bill, a rent receipt…
        {u"justificatif-domicile"_s, QT_TRANSLATE_NOOP("pasapas::PaperCapture", "Justificatif de domicile")},
        //: A kind of paper to photograph
        {u"fiche-de-paie"_s, QT_TRANSLATE_NOOP("pasapas::PaperCapture", "Fiche de paie")},
        //: A kind of paper to photograph: the tax notice
        {u"avis-impot"_s, QT_TRANSLATE_NOOP("pasapas::PaperCapture", "Avis d'impôt")},
        //: A kind of paper to photograph
        {u"attestation"_s, QT_TRANSLATE_NOOP("pasapas::PaperCapture", "Attestation")},
        //: A kind of paper to photograph: anything else
        {u"document"_s, QT_TRANSLATE_NOOP("pasapas::PaperCapture", "Autre document")},
    };
    QVariantList list;
    for (const QString &kind : paperKinds()) {
        list.append(QVariantMap{{u"id"_s, kind}, {u"label"_s, QString::fromUtf8(labels.value(kind, "Autre document"))}, {u"icon"_s, paperKindPictogram(kind)}});
    }
    return list;
}

void PaperCapture::shoot()
{
    if (m_stage == Stage::Camera) {
        m_problem.clear();
        m_source->capture();
    }
}

void PaperCapture::captured(const QImage &photo)
{
    if (m_stage != Stage::Camera || photo.isNull()) {
        return;
    }
    PaperPage page;
    page.photo = photo;
    page.corners = PageCorners::whole(photo.size());
    m_review = page;
    m_edgesFound = false;
    updatePreview();
    setStage(Stage::Review);
    // The page's edges are looked for away from the screen's thread.
    m_edgesPending = true;
    m_edges.setFuture(QtConcurrent::run(findPageEdges, photo));
}

void PaperCapture::updatePreview()
{
    // Made small first, then turned: quick on the screen's thread.
    m_reviewPreview = m_review ? turnImage(m_review->photo.scaled(previewSide, previewSide, Qt::KeepAspectRatio, Qt::SmoothTransformation), m_review->turns) : QImage();
    ++m_revision;
    Q_EMIT changed();
}

void PaperCapture::retake()
{
    m_edgesPending = false;
    m_edges.cancel();
    m_review.reset();
    m_reviewPreview = {};
    setStage(Stage::Camera);
}

void PaperCapture::turn()
{
    if (!m_review) {
        return;
    }
    // The proposal is for the photo as it was: let it land first (a fraction of a second).
    waitForEdges();
    m_review->corners = m_review->corners.turned(1, turnedSize(*m_review));
    m_review->turns = (m_review->turns + 1) % 4;
    updatePreview();
}

void PaperCapture::moveCorner(int corner, qreal x, qreal y)
{
    if (!m_review || corner < 0 || corner > 3) {
        return;
    }
    const QSizeF size = turnedSize(*m_review);
    m_edgesPending = false;
    m_review->corners.points[corner] = QPointF(std::clamp(x, 0.0, 1.0) * size.width(), std::clamp(y, 0.0, 1.0) * size.height());
    m_review->cropped = true;
    ++m_revision;
    Q_EMIT changed();
}

void PaperCapture::keep()
{
    if (!m_review || m_stage != Stage::Review) {
        return;
    }
    waitForEdges();
    // The thumbnail is made from the screen's copy: small and quick.
    PaperPage small = *m_review;
    small.photo = m_reviewPreview;
    small.turns = 0;
    small.corners = m_review->corners.scaled(qreal(m_reviewPreview.width()) / turnedSize(*m_review).width());
    const QImage page = small.render();
    m_thumbnails.append(page.scaled(thumbnailSide, thumbnailSide, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    m_pages.append(*m_review);
    m_review.reset();
    m_reviewPreview = {};
    setStage(Stage::Pages);
}

void PaperCapture::addPage()
{
    if (m_stage == Stage::Pages) {
        setStage(Stage::Camera);
    }
}

void PaperCapture::removePage(int index)
{
    if (index < 0 || index >= m_pages.size() || m_stage != Stage::Pages) {
        return;
    }
    m_pages.removeAt(index);
    m_thumbnails.removeAt(index);
    ++m_revision;
    Q_EMIT changed();
}

void PaperCapture::send(const QString &name)
{
    if (m_pages.isEmpty() || m_stage != Stage::Pages) {
        return;
    }
    m_fileName = name.isEmpty() ? m_upload.name : name;
    const PaperRequest request{paperFormatFor(m_upload.accept, int(m_pages.size())), m_upload.maxBytes > 0 ? m_upload.maxBytes : defaultPaperMaxBytes};
    const QList<PaperPage> pages = m_pages;
    setStage(Stage::Working);
    m_making.setFuture(QtConcurrent::run([pages, request] {
        QList<QImage> rendered;
        for (const PaperPage &page : pages) {
            rendered.append(page.render());
        }
        return makePaperFile(rendered, request);
    }));
}

void PaperCapture::finishFile()
{
    // Once per send(): an emptied or cancelled watcher says "finished" too.
    if (m_stage != Stage::Working || m_making.isCanceled() || m_making.future().resultCount() == 0) {
        return;
    }
    m_lastFile = m_making.result();
    if (!m_lastFile.fits || m_lastFile.data.isEmpty()) {
        m_problem = tr("Le fichier reste trop lourd pour ce site. Prenez moins de pages, ou demandez de l'aide.");
        setStage(Stage::Pages);
        return;
    }
    const QString fileName = paperFileName(m_fileName, m_lastFile.suffix(), m_documents->fileNames());
    const QString path = m_documents->folder() + u'/' + fileName;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_lastFile.data) != m_lastFile.data.size() || !file.commit()) {
        qCWarning(lcApp, "papers: cannot write %s", qPrintable(path));
        m_problem = tr("Le fichier n'a pas pu être enregistré. Demandez de l'aide.");
        setStage(Stage::Pages);
        return;
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_documents->refresh();
    const QUrl url = m_documents->url(fileName);
    // The photos and the bytes are not needed any more: only the file stays, in the session folder.
    m_lastFile.data.clear();
    clear();
    Q_EMIT fileReady(url, fileName);
}

void PaperCapture::clear()
{
    m_edgesPending = false;
    m_edges.cancel();
    m_pages.clear();
    m_thumbnails.clear();
    m_review.reset();
    m_reviewPreview = {};
    m_problem.clear();
    ++m_revision;
    m_stage = Stage::Camera;
    Q_EMIT changed();
}

void PaperCapture::setStage(Stage stage)
{
    m_stage = stage;
    ++m_revision;
    Q_EMIT changed();
}

} // namespace pasapas
