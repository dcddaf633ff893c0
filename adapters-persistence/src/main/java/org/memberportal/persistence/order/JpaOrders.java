package org.memberportal.persistence.order;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.memberportal.application.order.Orders;
import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.order.Order;
import org.memberportal.persistence.database.KeysetQuery;
import org.memberportal.persistence.database.OptimisticVersions;

@ApplicationScoped
public class JpaOrders implements Orders {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public Order add(Order order) {
        return OptimisticVersions.insert(em, OrderEntity.from(order)).toDomain();
    }

    @Override
    public Order update(Order order) {
        OrderEntity entity = em.find(OrderEntity.class, order.id());
        return OptimisticVersions.change(em, entity, entity.version, order.version(), e -> e.copy(order))
                .toDomain();
    }

    @Override
    public Optional<Order> findForAgent(String id) {
        return Optional.ofNullable(em.find(OrderEntity.class, id)).map(OrderEntity::toDomain);
    }

    @Override
    public Page<Order> page(CompanyId company, Order.Status status, PageRequest page) {
        return KeysetQuery.of(em, OrderEntity.class, "o")
                .where(company != null, "o.companyId = :company", "company", company == null ? null : company.value())
                .where(status != null, "o.status = :status", "status", status)
                .ascending(page, o -> o.id)
                .map(OrderEntity::toDomain);
    }

    @Override
    public Page<Order> placedBy(CompanyId company, AccountId account, PageRequest page) {
        return KeysetQuery.of(em, OrderEntity.class, "o")
                .where(true, "o.companyId = :company", "company", company.value())
                .where(true, "o.orderedBy = :account", "account", account.value())
                .descending(page, o -> o.id)
                .map(OrderEntity::toDomain);
    }

    @Override
    public List<Order> licenseOrdersOf(CompanyId company) {
        return em.createQuery("select o from OrderEntity o where o.companyId = :company and o.lineKind = :kind"
                + " order by o.id", OrderEntity.class)
                .setParameter("company", company.value())
                .setParameter("kind", OrderEntity.LICENSES)
                .getResultStream()
                .map(OrderEntity::toDomain)
                .toList();
    }
}
