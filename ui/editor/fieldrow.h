#pragma once

#include <QLabel>
#include <QPointer>
#include <QWidget>

class FieldEditor;
class FieldMessage;
class QTimer;
class QToolButton;

// What one property looks like in the form: its label (the editor's buddy), the editor, a marker
// saying it was changed with a button to revert it, one saying it just changed elsewhere, and the
// error text under it. The row knows nothing of the model; FieldsBinder feeds it.
class FieldRow : public QWidget
{
    Q_OBJECT
public:
    FieldRow(const QString &name, FieldEditor *editor, QWidget *parent = nullptr);
    // The label lives in the form's label column, outside the row; it goes with the row.
    ~FieldRow() override;

    QString name() const { return m_name; }
    QLabel *label() const { return m_label; }
    FieldEditor *editor() const { return m_editor; }
    QWidget *input() const;
    QToolButton *revertButton() const { return m_revertButton; }
    // The room the markers take right of the input, hidden or not: a group without them leaves
    // as much so that every input of the form ends on one line.
    int markerWidth() const;

    void setLabelText(const QString &text, bool required, bool identity);
    void setDirty(bool dirty);
    void setError(const QString &message);
    QString error() const;
    // "Changed elsewhere" for `ms`: the value just came from another device. A mark right of the
    // input, in room the row keeps for it (the form does not move), with the words as its tooltip
    // and accessible name and, while it shows, as the field's accessible description.
    void markChangedElsewhere(int ms);
    bool isMarkedChangedElsewhere() const;
    static QString changedElsewhereText();
    // The message under the editor; its focusField() is how the form goes to a field in error.
    FieldMessage *errorMessage() const { return m_errorLabel; }

Q_SIGNALS:
    void revertRequested(const QString &name);

private:
    void unmarkChangedElsewhere();

    QString m_name;
    QString m_labelText;
    QPointer<QLabel> m_label;
    FieldEditor *m_editor;
    QLabel *m_dirtyMarker;
    QToolButton *m_revertButton;
    FieldMessage *m_errorLabel;
    QLabel *m_elsewhereMarker;
    QTimer *m_elsewhereTimer;
};
