package org.memberportal.application.audience;

/** Whether the audience sync has pushed a product tag to every member who should carry it. */
@FunctionalInterface
public interface ProductsPushed {

    boolean pushedFor(String productTag);
}
