#include "SyncIndicator.h"

#include "models/StatusColors.h"
#include "ui/widgets/WidgetHelpers.h"

#include <QEvent>
#include <QFontMetrics>

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

SyncIndicator::SyncIndicator(QWidget* parent)
    : QWidget(parent)
    , m_connection(new QLabel(this))
    , m_pending(new QLabel(this))
    , m_lastSync(new QLabel(this))
    , m_error(new QLabel(this))
    , m_syncNow(WidgetHelpers::namedButton(this, tr("Sync now"), u"syncNow"_s))
{
    setObjectName(u"syncIndicator"_s);
    m_connection->setObjectName(u"syncConnection"_s);
    m_pending->setObjectName(u"syncPending"_s);
    m_lastSync->setObjectName(u"syncLast"_s);
    m_error->setObjectName(u"syncError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(
        u"color: %1;"_s.arg(StatusColors::foreground(StatusColors::Tone::Danger).name()));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // As wide as its longest state, so that the row does not jump.
    QFont bold = m_connection->font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    int widest = 0;
    for (const QString& text : {tr("● Syncing…"), tr("● Online"), tr("● Offline")})
        widest = std::max(widest, metrics.horizontalAdvance(text));
    m_connection->setMinimumWidth(widest + 4);

    auto* row = new QHBoxLayout;
    row->addWidget(m_connection);
    row->addSpacing(16);
    row->addWidget(m_pending);
    row->addSpacing(16);
    row->addWidget(m_lastSync);
    row->addStretch();
    row->addWidget(m_syncNow);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_error);
    connect(m_syncNow, &QPushButton::clicked, this, &SyncIndicator::syncNowRequested);
    setState({});
}

void SyncIndicator::setTone(StatusColors::Tone tone)
{
    m_connection->setStyleSheet(
        u"color: %1; font-weight: bold;"_s.arg(StatusColors::foreground(tone).name()));
}

void SyncIndicator::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        setState(m_state); // the colours of the new palette
}

void SyncIndicator::setState(const State& state)
{
    m_state = state;
    const QLocale locale;
    if (state.running) {
        m_connection->setText(tr("● Syncing…"));
        setTone(StatusColors::Tone::Info);
    } else if (state.online) {
        m_connection->setText(tr("● Online"));
        setTone(StatusColors::Tone::Success);
    } else {
        m_connection->setText(tr("● Offline"));
        setTone(StatusColors::Tone::Danger);
    }
    m_pending->setText(state.pending == 0 ? tr("All changes sent")
                                          : tr("Changes waiting: %1").arg(state.pending));
    m_lastSync->setText(
        state.lastSyncAt.isValid()
            ? tr("Last sync: %1")
                  .arg(locale.toString(state.lastSyncAt.toLocalTime(), QLocale::ShortFormat))
            : tr("Not synced yet"));
    QString problem;
    if (!state.lastError.isEmpty()) {
        problem = tr("Last error: %1").arg(state.lastError);
        if (state.nextRoundAt.isValid())
            problem += u' ' + tr("Next try at %1.")
                                  .arg(locale.toString(state.nextRoundAt.toLocalTime().time(),
                                                       QLocale::ShortFormat));
    }
    if (state.rejected > 0) {
        if (!problem.isEmpty())
            problem += u'\n';
        problem += tr("Steps the server did not accept: %1 (listed below).").arg(state.rejected);
    }
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    m_syncNow->setEnabled(!state.running);
}
