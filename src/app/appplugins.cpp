// SPDX-License-Identifier: GPL-3.0-or-later
#include "appplugins.h"
#include "logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QPluginLoader>

using namespace Qt::StringLiterals;

namespace pasapas
{

namespace
{
QString &onlyFolder()
{
    static QString folder;
    return folder;
}

QHash<QString, QObject *> &loaded()
{
    static QHash<QString, QObject *> plugins;
    return plugins;
}

QStringList folders()
{
    if (!onlyFolder().isEmpty()) {
        return {onlyFolder()};
    }
    const QString programDir = QCoreApplication::applicationDirPath();
    QStringList list{programDir + u"/plugins/pasapas"_s, QDir::cleanPath(programDir + u"/" PASAPAS_PLUGIN_RELDIR "/pasapas"_s)};
    for (const QString &path : QCoreApplication::libraryPaths()) {
        list.append(path + u"/pasapas"_s);
    }
    list.removeDuplicates();
    return list;
}
} // namespace

QObject *appPlugin(const QString &name)
{
    if (QObject *plugin = loaded().value(name)) {
        return plugin;
    }
    const QStringList places = folders();
    for (const QString &folder : places) {
        const QString file = folder + u'/' + name + u".so"_s;
        if (!QFileInfo::exists(file)) {
            continue;
        }
        QPluginLoader loader(file);
        // Their objects (a speech engine, the camera) may outlive Qt's unloading at exit.
        loader.setLoadHints(QLibrary::PreventUnloadHint);
        if (QObject *plugin = loader.instance()) {
            loaded().insert(name, plugin);
            return plugin;
        }
        qCWarning(lcApp, "plugin %s does not load: %s", qPrintable(file), qPrintable(loader.errorString()));
        return nullptr;
    }
    qCWarning(lcApp, "plugin %s is missing (looked in %s)", qPrintable(name), qPrintable(places.join(u", "_s)));
    return nullptr;
}

void setAppPluginFolder(const QString &folder)
{
    onlyFolder() = folder;
    loaded().clear();
}

} // namespace pasapas
