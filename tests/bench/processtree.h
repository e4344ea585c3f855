// SPDX-License-Identifier: GPL-3.0-or-later
// The process tree of a started program (the WebEngine helper processes
// too) and its memory (PSS), read from /proc: bench_startup's memory figures.
#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QList>
#include <QString>

#include <map>

namespace pasapas::bench
{

using namespace Qt::StringLiterals;

/// Every process under root (root included): the WebEngine helper processes too.
inline QList<qint64> processTree(qint64 root)
{
    std::multimap<qint64, qint64> children; // parent → child
    for (const QString &name : QDir(u"/proc"_s).entryList(QDir::Dirs)) {
        bool number = false;
        const qint64 pid = name.toLongLong(&number);
        QFile stat(u"/proc/%1/stat"_s.arg(name));
        if (!number || !stat.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1) {
            children.emplace(fields.at(1).toLongLong(), pid);
        }
    }
    QList<qint64> tree{root};
    for (qsizetype i = 0; i < tree.size(); ++i) {
        const auto [from, to] = children.equal_range(tree.at(i));
        for (auto it = from; it != to; ++it) {
            tree.append(it->second);
        }
    }
    return tree;
}

/// What a process of the tree is: "main" for the program itself, else
/// Chromium's --type (renderer, gpu-process, zygote…; a utility process with
/// its sub-type, e.g. "utility network").
inline QString processKind(qint64 pid, qint64 root)
{
    if (pid == root) {
        return u"main"_s;
    }
    QFile file(u"/proc/%1/cmdline"_s.arg(pid));
    if (!file.open(QIODevice::ReadOnly)) {
        return u"?"_s;
    }
    QString kind;
    QString subType;
    for (const QByteArray &argument : file.readAll().split('\0')) {
        if (argument.startsWith("--type=")) {
            kind = QString::fromLatin1(argument.mid(7));
        } else if (argument.startsWith("--utility-sub-type=")) {
            subType = QString::fromLatin1(argument.mid(19)).section(u'.', 0, 0);
        }
    }
    if (kind.isEmpty()) {
        QFile comm(u"/proc/%1/comm"_s.arg(pid));
        kind = comm.open(QIODevice::ReadOnly) ? QString::fromLatin1(comm.readAll().trimmed()) : u"?"_s;
    }
    return subType.isEmpty() ? kind : kind + u' ' + subType;
}

/// PSS in MiB: in all, anonymous (the heaps) and file-backed (the libraries).
struct Pss
{
    double all = 0;
    double anon = 0;
    double file = 0;

    Pss &operator+=(const Pss &other)
    {
        all += other.all;
        anon += other.anon;
        file += other.file;
        return *this;
    }
};

/// Proportional set size of the process tree, in all and per kind of process.
inline Pss pssMiB(qint64 root, int *processes, std::map<QString, Pss> *byKind)
{
    const QList<qint64> tree = processTree(root);
    *processes = int(tree.size());
    Pss total;
    for (const qint64 pid : tree) {
        QFile rollup(u"/proc/%1/smaps_rollup"_s.arg(pid));
        if (!rollup.open(QIODevice::ReadOnly)) {
            continue;
        }
        Pss own;
        for (const QByteArray &line : rollup.readAll().split('\n')) {
            const double mib = double(line.mid(line.indexOf(':') + 1).trimmed().split(' ').value(0).toLongLong()) / 1024.0;
            if (line.startsWith("Pss:")) {
                own.all = mib;
            } else if (line.startsWith("Pss_Anon:")) {
                own.anon = mib;
            } else if (line.startsWith("Pss_File:")) {
                own.file = mib;
            }
        }
        total += own;
        (*byKind)[processKind(pid, root)] += own;
    }
    return total;
}

} // namespace pasapas::bench
