package org.memberportal.domain.order;

import org.memberportal.domain.Texts;
import org.memberportal.domain.license.License;
import org.memberportal.domain.license.LicenseKind;

/** What was ordered: more licenses of a product, or a paid support service such as custom development. */
public sealed interface OrderLine permits OrderLine.Licenses, OrderLine.Service {

    int MAX_DESCRIPTION_LENGTH = 4000;

    record Licenses(String product, LicenseKind kind, int quantity) implements OrderLine {
        public Licenses {
            product = License.product(product);
            Texts.present(kind, "the kind of license is missing");
            if (quantity < 1 || quantity > License.MAX_QUANTITY) {
                throw new IllegalArgumentException("the quantity is between 1 and " + License.MAX_QUANTITY);
            }
        }
    }

    record Service(String description) implements OrderLine {
        public Service {
            description = Texts.require("the description", description, MAX_DESCRIPTION_LENGTH);
        }
    }
}
