// Client: GET users/userclassprops through UserService::describeUserClass, UserSchema::fromJson
// and what the editor does with each property (editable or not, typed text -> value).
#include "clientfuzzenv.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ClientFuzzEnv &env = ClientFuzzEnv::instance();
    env.answerWith(data, size, 200);
    env.signIn();

    UserSchema schema;
    Error error;
    env.run<SchemaCall>(env.users.describeUserClass(), [&](SchemaCall *call) {
        schema = call->result();
        error = call->error();
    });
    if (error.isError()) {
        if (!schema.isEmpty())
            Fuzz::finding("a refused schema still has properties");
        return 0;
    }
    if (schema.identityProperty().isEmpty())
        Fuzz::finding("no identity property");
    static const QStringList typed = {QString(),
                                      QStringLiteral("42"),
                                      QStringLiteral("-1.5e3"),
                                      QStringLiteral("yes"),
                                      QStringLiteral("2001-02-03"),
                                      QStringLiteral("2001-02-03T04:05:06+01:00"),
                                      QStringLiteral("9999999999999999999")};
    for (const PropertyDef &property : schema.properties) {
        if (property.name.isEmpty())
            Fuzz::finding("a property without a name was accepted");
        if (schema.find(property.name) == nullptr)
            Fuzz::finding("find() misses a listed property");
        if (!property.isEditable())
            continue;
        for (const QString &text : typed) {
            QString message;
            const QVariant value = property.parseText(text, &message);
            if (!value.isValid() && message.isEmpty())
                Fuzz::finding("parseText refused without a message");
        }
        QString message;
        (void)property.parseText(property.defaultValue.toString(), &message);
    }
    return 0;
}
