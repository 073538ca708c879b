#pragma once

#include <QStyledItemDelegate>

// Edits an amount stored as cents (Qt::EditRole qint64) as text in the user's
// locale ("1.234,50" in German). Bad input is refused with a reason.
class MoneyDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MoneyDelegate)
public:
    explicit MoneyDelegate(QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;

signals:
    void invalidInput(const QString& message) const;
};
