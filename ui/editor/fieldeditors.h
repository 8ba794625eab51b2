#pragma once

#include <QVariant>
#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QToolButton;

// One input per property type, all with the same small surface so that the form binds them to the
// model without knowing which one it holds. value() is what goes to UserModel::setValue(): a typed
// value, a null QVariant for "empty / not set", or, for a number the user is still typing that does
// not parse, the raw text so that the model reports the type error under the field.
class FieldEditor : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual QVariant value() const = 0;
    // Shows the value without emitting edited().
    virtual void setValue(const QVariant &value) = 0;
    // The widget a label is the buddy of, and that takes focus for an error.
    virtual QWidget *input() const = 0;
    virtual void setReadOnly(bool readOnly) = 0;
    // An input that reads its text only when the person is done with it (a date) hands it over now:
    // before a save, so that Ctrl+S in the field saves what it shows. Others hand over every keystroke.
    virtual void commit() { }

Q_SIGNALS:
    void edited();
    // Enter in a single-line input: the person is done and wants the form saved (as in
    // KeePassXC's entry editor). Multi-line text keeps Enter for new lines.
    void submitRequested();
};

class LineFieldEditor : public FieldEditor
{
    Q_OBJECT
public:
    explicit LineFieldEditor(QWidget *parent = nullptr);
    QVariant value() const override;
    void setValue(const QVariant &value) override;
    QWidget *input() const override;
    void setReadOnly(bool readOnly) override;

private:
    QLineEdit *m_edit;
};

class TextFieldEditor : public FieldEditor
{
    Q_OBJECT
public:
    explicit TextFieldEditor(QWidget *parent = nullptr);
    QVariant value() const override;
    void setValue(const QVariant &value) override;
    QWidget *input() const override;
    void setReadOnly(bool readOnly) override;

private:
    QPlainTextEdit *m_edit;
};

// INT and DOUBLE: a line edit rather than a spin box, because a spin box cannot be empty and an
// empty number (null) is a legal value for a column that is not required.
class NumberFieldEditor : public FieldEditor
{
    Q_OBJECT
public:
    enum class Kind { Integer, Decimal };
    explicit NumberFieldEditor(Kind kind, QWidget *parent = nullptr);
    QVariant value() const override;
    void setValue(const QVariant &value) override;
    QWidget *input() const override;
    void setReadOnly(bool readOnly) override;

private:
    Kind m_kind;
    QLineEdit *m_edit;
};

class BoolFieldEditor : public FieldEditor
{
    Q_OBJECT
public:
    explicit BoolFieldEditor(QWidget *parent = nullptr);
    QVariant value() const override;
    void setValue(const QVariant &value) override;
    QWidget *input() const override;
    void setReadOnly(bool readOnly) override;

private:
    QCheckBox *m_check;
};

// A date (with a time of day when the value has one), typed whole as people write it in their
// locale ("12/25/1990", "25.12.1985", "1990-12-25", "25 December 1985"), or picked from a calendar
// (the button in the field, or Alt+Down / F4). Empty means "not set". The text goes to the model
// when the person leaves the field, presses Enter or saves (commit()), not keystroke by keystroke:
// the model reads it (DateInput) and says under the field what it cannot read, and the field keeps
// the text as typed. A QDateTimeEdit is not used because it takes typing section by section, which
// turned "12/25/1990" into 12/31/2519, and because it cannot be empty.
class DateTimeFieldEditor : public FieldEditor
{
    Q_OBJECT
public:
    explicit DateTimeFieldEditor(QWidget *parent = nullptr);
    QVariant value() const override;
    void setValue(const QVariant &value) override;
    QWidget *input() const override;
    void setReadOnly(bool readOnly) override;
    void commit() override;
    // The calendar under the field, on the date it shows (today when it shows none).
    void showCalendar();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLineEdit *m_edit;
    QAction *m_calendarAction;
    QString m_committed; // the text the model was given (or gave)
};

// Types the client does not edit (JSON, relations, files, points...) and system columns.
class ReadOnlyFieldEditor : public FieldEditor
{
    Q_OBJECT
public:
    explicit ReadOnlyFieldEditor(QWidget *parent = nullptr);
    QVariant value() const override;
    void setValue(const QVariant &value) override;
    QWidget *input() const override;
    void setReadOnly(bool) override { }
    // How a string value reads (account states in words); by default as it is.
    void setFormatter(QString (*format)(const QString &)) { m_format = format; }
    // What no value reads as, when "Not set" is not the word ("Never" for a sign-in).
    void setEmptyText(const QString &text) { m_emptyText = text; }

    static QString displayText(const QVariant &value);

private:
    QVariant m_value;
    QLineEdit *m_edit;
    QString (*m_format)(const QString &) = nullptr;
    QString m_emptyText;
};
