#include "MoneyDelegate.h"

#include "domain/Money.h"

#include <QLineEdit>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kMaxCents = 100'000'000'000;
}

MoneyDelegate::MoneyDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{}

QWidget* MoneyDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                     const QModelIndex&) const
{
    auto* editor = new QLineEdit(parent);
    editor->setObjectName(u"moneyEditor"_s);
    editor->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    editor->setMaxLength(20);
    return editor;
}

void MoneyDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* line = static_cast<QLineEdit*>(editor);
    line->setText(Money::fromCents(index.data(Qt::EditRole).toLongLong()).toString(QLocale()));
    line->selectAll();
}

void MoneyDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                 const QModelIndex& index) const
{
    const QLocale locale;
    const QString text = static_cast<QLineEdit*>(editor)->text();
    const auto money = Money::fromUserText(text, locale);
    if (!money || money->cents() < 0 || money->cents() > kMaxCents) {
        emit invalidInput(tr("\"%1\" is not a price between 0 and %2; write it like %3.")
                              .arg(text, Money::fromCents(kMaxCents).toString(locale),
                                   Money::fromCents(1999).toString(locale)));
        return;
    }
    model->setData(index, money->cents(), Qt::EditRole);
}
