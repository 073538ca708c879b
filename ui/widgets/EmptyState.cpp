#include "EmptyState.h"

#include <QAbstractItemView>
#include <QEvent>

using namespace Qt::StringLiterals;

EmptyState* EmptyState::attach(QAbstractItemView* view, const QString& text)
{
    return new EmptyState(view, text);
}

EmptyState::EmptyState(QAbstractItemView* view, const QString& text)
    : QLabel(text, view->viewport())
    , m_view(view)
{
    setObjectName(view->objectName() + u"Empty"_s);
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setForegroundRole(QPalette::PlaceholderText);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    hide(); // until the model has said what it holds
    view->viewport()->installEventFilter(this);
    QAbstractItemModel* model = view->model();
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model, signal, this, &EmptyState::update);
    connect(model, &QAbstractItemModel::modelReset, this, &EmptyState::update);
    connect(model, &QAbstractItemModel::layoutChanged, this, &EmptyState::update);
}

void EmptyState::setMessage(const QString& text)
{
    setText(text);
    place();
}

void EmptyState::update()
{
    setVisible(m_view->model()->rowCount() == 0);
    place();
}

void EmptyState::place()
{
    const QRect area = m_view->viewport()->rect().adjusted(24, 24, -24, -24);
    setGeometry(area);
}

bool EmptyState::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        place();
    return QLabel::eventFilter(watched, event);
}
