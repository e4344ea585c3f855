// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessiondocuments.h"
#include "documentprinter.h"

#include <QFileInfo>

namespace pasapas
{

SessionDocuments::SessionDocuments(QObject *parent)
    : QAbstractListModel(parent)
    , m_files(m_folder.files())
{
}

int SessionDocuments::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_files.size());
}

QVariant SessionDocuments::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const QString &name = m_files.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case FileNameRole:
        return name;
    case UrlRole:
        return url(name);
    case DownloadedRole:
        return !m_samples.contains(name);
    default:
        return {};
    }
}

QHash<int, QByteArray> SessionDocuments::roleNames() const
{
    return {{FileNameRole, "fileName"}, {UrlRole, "url"}, {DownloadedRole, "downloaded"}};
}

QStringList SessionDocuments::downloaded() const
{
    QStringList files = m_files;
    files.removeIf([this](const QString &file) {
        return m_samples.contains(file);
    });
    return files;
}

QUrl SessionDocuments::url(const QString &fileName) const
{
    // Only a plain name of a file the folder holds: never a path elsewhere.
    if (fileName.contains(u'/') || !m_files.contains(fileName)) {
        return {};
    }
    return QUrl::fromLocalFile(m_folder.filePath(fileName));
}

QString SessionDocuments::print(const QUrl &document) const
{
    // Only a file of this session's folder.
    if (!document.isLocalFile() || !m_folder.isValid() || QFileInfo(document.toLocalFile()).absolutePath() != QFileInfo(m_folder.path()).absoluteFilePath()) {
        return tr("Ce document n'est pas de cette session.");
    }
    return printDocument(document.toLocalFile());
}

void SessionDocuments::markSamples()
{
    refresh();
    m_samples = m_files;
}

void SessionDocuments::refresh()
{
    const QStringList files = m_folder.isValid() ? m_folder.files() : QStringList();
    if (files == m_files) {
        return;
    }
    beginResetModel();
    m_files = files;
    endResetModel();
    Q_EMIT countChanged();
}

void SessionDocuments::close()
{
    m_folder.remove();
    refresh();
}

} // namespace pasapas
