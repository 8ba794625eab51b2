#pragma once

#include <QLabel>
#include <QPointer>

// The message under a form field that says what is wrong with it, drawn the same way in every form
// (a profile's rows, the new-property line, the password change, the login dialog, the server
// panel). It owns the whole error state of its field: its own text and visibility (hidden while
// empty), the "inError" mark and colour of the field's caption, and the field's accessible
// description, which carries the message so that a screen reader announces it with the field
// (StatusPalette::setErrorState); the message itself reads as a label named by its text.
//
// A form places it under the field (in Designer, a QLabel promoted to FieldMessage) and points it
// at the field with setField().
class FieldMessage : public QLabel
{
    Q_OBJECT
public:
    explicit FieldMessage(QWidget *parent = nullptr);

    // The input the message is about and the label that names it in the form (may be null).
    // Pointed at another field while a message shows, the mark moves along.
    void setField(QWidget *field, QWidget *caption = nullptr);
    QWidget *field() const { return m_field; }

    // Shows the message under the field and marks the field; an empty message clears both.
    void setMessage(const QString &message);
    QString message() const { return text(); }

    // The one focus rule for a field in error: it takes the focus, and a line edit's text is
    // selected, so that the value is typed again at once or, after an arrow key, corrected.
    void focusField();

private:
    QPointer<QWidget> m_field;
    QPointer<QWidget> m_caption;
};
