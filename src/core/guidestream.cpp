// SPDX-License-Identifier: GPL-3.0-or-later
// The guides as the catalog cache writes and reads them (CatalogCache).
#include "guidestream_p.h"

#include <QDataStream>
#include <QHash>
#include <QIODevice>

namespace pasapas
{

// Not static: AddressPattern names them as friends.
QDataStream &operator<<(QDataStream &out, const AddressPattern &pattern)
{
    return out << pattern.m_pattern << pattern.m_hosts << pattern.m_regex;
}

QDataStream &operator>>(QDataStream &in, AddressPattern &pattern)
{
    return in >> pattern.m_pattern >> pattern.m_hosts >> pattern.m_regex;
}

// Static, in pasapas and not in an anonymous namespace: QList's and QHash's stream
// operators find them by argument-dependent lookup.
// --- the loaded guides, field by field ------------------------------------

template<typename Enum>
void readEnum(QDataStream &in, Enum &value)
{
    qint32 n = 0;
    in >> n;
    value = Enum(n);
}

static QDataStream &operator<<(QDataStream &out, const LocalizedText &text)
{
    return out << text.texts();
}
static QDataStream &operator>>(QDataStream &in, LocalizedText &text)
{
    QHash<QString, QString> texts;
    in >> texts;
    text = LocalizedText(texts);
    return in;
}

static QDataStream &operator<<(QDataStream &out, const HostPattern &host)
{
    return out << host.pattern();
}
static QDataStream &operator>>(QDataStream &in, HostPattern &host)
{
    QString pattern;
    in >> pattern;
    host = HostPattern::parse(pattern);
    return in;
}

static QDataStream &operator<<(QDataStream &out, const Locator &l)
{
    return out << qint32(l.kind) << l.value << l.name;
}
static QDataStream &operator>>(QDataStream &in, Locator &l)
{
    readEnum(in, l.kind);
    return in >> l.value >> l.name;
}

static QDataStream &operator<<(QDataStream &out, const Completion &c)
{
    return out << qint32(c.kind) << c.address << c.target;
}
static QDataStream &operator>>(QDataStream &in, Completion &c)
{
    readEnum(in, c.kind);
    return in >> c.address >> c.target;
}

// A step without its texts: they are in the guide's texts block (stepTexts below).
static QDataStream &operator<<(QDataStream &out, const Step &s)
{
    return out << s.id << s.frenchWords << s.target << s.frame << s.page << s.completion << qint32(s.waitMs) << s.sensitive << s.skipIf.present
               << s.skipIf.address << s.pictogram;
}
static QDataStream &operator>>(QDataStream &in, Step &s)
{
    qint32 waitMs = 0;
    in >> s.id >> s.frenchWords >> s.target >> s.frame >> s.page >> s.completion >> waitMs >> s.sensitive >> s.skipIf.present >> s.skipIf.address
        >> s.pictogram;
    s.waitMs = waitMs;
    return in;
}

static QDataStream &operator<<(QDataStream &out, const GuideDocument &d)
{
    return out << d.text << d.pictogram;
}
static QDataStream &operator>>(QDataStream &in, GuideDocument &d)
{
    return in >> d.text >> d.pictogram;
}

static QDataStream &operator<<(QDataStream &out, const GuideSource &s)
{
    return out << s.url << s.title << s.read;
}
static QDataStream &operator>>(QDataStream &in, GuideSource &s)
{
    return in >> s.url >> s.title >> s.read;
}

QDataStream &operator<<(QDataStream &out, const Guide &g)
{
    return out << g.id << qint32(g.version) << g.category << g.title << g.summary << qint32(g.minutes) << g.start << g.allowedHosts << g.pictogram
               << g.documents << g.mediatorNotes << g.keywords << g.sources << g.steps << g.filePath << g.folder;
}
QDataStream &operator>>(QDataStream &in, Guide &g)
{
    qint32 version = 0;
    qint32 minutes = 0;
    in >> g.id >> version >> g.category >> g.title >> g.summary >> minutes >> g.start >> g.allowedHosts >> g.pictogram >> g.documents
        >> g.mediatorNotes >> g.keywords >> g.sources >> g.steps >> g.filePath >> g.folder;
    g.version = version;
    g.minutes = minutes;
    return in;
}

QDataStream &operator<<(QDataStream &out, const Diagnostic &d)
{
    return out << d.file << qint32(d.line) << qint32(d.column) << d.pointer << qint32(d.severity) << d.message;
}
QDataStream &operator>>(QDataStream &in, Diagnostic &d)
{
    qint32 line = 0;
    qint32 column = 0;
    in >> d.file >> line >> column >> d.pointer;
    readEnum(in, d.severity);
    in >> d.message;
    d.line = line;
    d.column = column;
    return in;
}

void prepareCacheStream(QDataStream &stream)
{
    stream.setVersion(QDataStream::Qt_6_0);
    stream.setByteOrder(QDataStream::LittleEndian); // no byte swapping of every character on the tablets
}

/// A guide's texts block: its id, its step count, then each step's id, instruction and mediator note.
QByteArray stepTexts(const Guide &guide)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    prepareCacheStream(out);
    out << guide.id << qint32(guide.steps.size());
    for (const Step &step : guide.steps) {
        out << step.id << step.instruction << step.mediatorNote;
    }
    return bytes;
}

/// Reads a texts block into steps, all or nothing: it must be this guide's, with these steps.
bool readStepTexts(const QByteArray &bytes, const Guide &guide, QList<Step> &steps)
{
    QDataStream in(bytes);
    prepareCacheStream(in);
    QString id;
    qint32 count = 0;
    in >> id >> count;
    if (in.status() != QDataStream::Ok || id != guide.id || count != guide.steps.size()) {
        return false;
    }
    steps = guide.steps;
    for (Step &step : steps) {
        QString stepId;
        in >> stepId >> step.instruction >> step.mediatorNote;
        if (stepId != step.id) {
            return false;
        }
    }
    return in.status() == QDataStream::Ok && in.atEnd();
}

} // namespace pasapas
